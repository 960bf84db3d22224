/**
 * The steps that run on freshly packaged sites, in order: the search index first (it reads
 * the site's pages), then the CMS admin page (which search must not index).
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
