/** react-dom comes with decap-cms, without type declarations; the preview test uses one function. */
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: unknown): string;
}
