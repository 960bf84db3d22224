/** The steps that run on freshly packaged sites: search indexing and the CMS admin page. */
export function registerPostSteps(): void {
  // Wired by the search (issue 4) and CMS (issue 3) modules.
}
