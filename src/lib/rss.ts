/**
 * Feed readers render an item's `<description>` as HTML. Member text goes in as text: its
 * `<`, `>` and `&` are escaped here, and the feed's XML writer escapes them once more, so a
 * reader shows `<script>` as those characters and never runs or renders it.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function rssDescription(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
