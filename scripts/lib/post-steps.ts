/**
 * The steps that run on freshly packaged sites, side by side: the search index (it reads
 * the site's pages, never `admin/`) and the CMS admin page.
 */
import { cmsPostStep } from './cms/index.ts';
import { addPostStep } from './pipeline.ts';
import { searchStep } from './search/index.ts';

let registered = false;

export function registerPostSteps(): void {
  if (registered) return;
  registered = true;
  addPostStep(searchStep);
  addPostStep(cmsPostStep);
}
