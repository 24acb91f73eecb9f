/**
 * HTML built by the `html` template (or escaped text): the only thing that may be inserted into a
 * print document unescaped. Hold one in a variable named `…Html` (`nameHtml`), so a raw string
 * where HTML is expected looks wrong in review.
 */
export class SafeHtml {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text and numbers are escaped, SafeHtml is kept, arrays joined. */
export type HtmlValue = SafeHtml | string | number | null | undefined | readonly HtmlValue[];

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  return value.map(render).join('');
}

/**
 * Builds HTML: every interpolated string or number is escaped, nested `html` fragments are
 * inserted as they are. Attribute values must be quoted (`class="${name}"`).
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Fragments joined by a separator (itself escaped if it is text). */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const separatorHtml = render(separator);
  return new SafeHtml(parts.map(render).join(separatorHtml));
}

/**
 * A stylesheet the code itself wrote (never user text; user text in CSS goes through
 * `cssString`), for the body of a <style> element. Refuses anything that could close it.
 */
export function styleHtml(css: string): SafeHtml {
  if (/<\/?style|<!--/i.test(css)) throw new Error('a stylesheet may not contain markup');
  return new SafeHtml(css);
}
