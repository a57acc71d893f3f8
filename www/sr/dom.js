// A tiny DOM builder shared by the calculators. Text always goes in as text
// (never as HTML), so nothing a person types can become markup.

/**
 * h('p', {class: 'sr-hint', id: 'x'}, 'text', child, …) → element.
 * Attributes set to null/false are skipped; `true` sets an empty attribute;
 * `on: {event: handler}` adds listeners.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') {
      for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    } else if (k === 'value') {
      el.value = v;
    } else if (k === 'checked') {
      el.checked = Boolean(v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** A heading of the given level (clamped to 1–6). */
export function heading(level, attrs, ...children) {
  return h(`h${Math.min(6, Math.max(1, level))}`, attrs, ...children);
}

/** Text only a screen reader reads. */
export function vh(text) {
  return h('span', { class: 'sr-vh' }, text);
}
