/**
 * A tap that moves focus from another field into the body editor can leave the document's
 * selection behind in that field (seen in Chromium with touch input): Slate then has no
 * selection and drops every key the member types. When the editor gains focus without a
 * caret inside it, put the caret at the end of its text, as Decap's own "click below the
 * document" does.
 */
const EDITOR = '[data-slate-editor]';
const LEAF = '[data-slate-string], [data-slate-zero-width]';

export function placeMissingCaret(doc: Document): void {
  doc.addEventListener('focusin', (event) => {
    const editor = event.target instanceof Element ? event.target.closest(EDITOR) : null;
    if (!editor) return;
    // Let the browser place the caret for the tap first; only fill in when it did not.
    requestAnimationFrame(() => {
      const selection = doc.getSelection();
      if (!selection || doc.activeElement !== editor) return;
      if (selection.anchorNode && editor.contains(selection.anchorNode)) return;
      const leaves = editor.querySelectorAll(LEAF);
      const last = leaves[leaves.length - 1];
      const text = last?.firstChild ?? last;
      if (!text) return;
      const empty = last?.hasAttribute('data-slate-zero-width') || text.nodeType !== Node.TEXT_NODE;
      selection.collapse(text, empty ? 0 : (text.textContent ?? '').length);
    });
  });
}
