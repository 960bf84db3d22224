/**
 * The result template of Pagefind's `<pagefind-results>` (adequate-little-templates syntax):
 * thumbnail, content type, date and, on a forum, the KIM, above the title and excerpt.
 * The thumbnail is decorative (`alt=""`): the title beside it is the link.
 */
export const resultTemplate = `
<li class="pf-result hasil">
  <div class="pf-result-card">
    {{#if meta.image}}<img class="pf-result-image hasil-gambar" src="{{ meta.image }}" alt="" loading="lazy" decoding="async" width="96" height="72">{{/if}}
    <div class="pf-result-content">
      <p class="hasil-meta"><span class="hasil-jenis">{{ meta.jenis | default("Halaman") }}</span>{{#if meta.tanggal}} · <span class="hasil-tanggal">{{ meta.tanggal }}</span>{{/if}}{{#if meta.kim}} · <span class="hasil-kim">{{ meta.kim }}</span>{{/if}}</p>
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title | default("Tanpa judul") }}</a></p>
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
</li>`;

/** Shown while a result's details load. */
export const placeholderTemplate = `
<li class="pf-result" aria-hidden="true">
  <div class="pf-result-card">
    <div class="pf-skeleton pf-skeleton-image"></div>
    <div class="pf-result-content">
      <p class="pf-result-title pf-skeleton pf-skeleton-title"></p>
      <p class="pf-result-excerpt pf-skeleton pf-skeleton-excerpt"></p>
    </div>
  </div>
</li>`;
