// A spec's list of items (the competition's posts), for mountSpec
// (date-calculators.js): each item its own group of questions, with add and
// remove buttons. Loaded only by a spec that has a list.

import { h } from './core.js';
import { errorMessage } from './form.js';

/**
 * The list field `f` of the form `c` (mountSpec's answers and functions:
 * values, controls, w, state, root, id, control, emptyItem, render, update).
 */
export function listField(c, f) {
  const { id, w } = c;
  const items = c.values.get(f.key);
  const err = errorMessage(`${id(f.key)}-error`);
  c.controls.set(f.key, { input: null, error: err, hintId: null });
  return h('div', { class: 'sr-list' },
    f.hint ? h('p', { class: 'sr-hint' }, w.t(f.hint)) : null,
    err,
    items.map((item, i) => {
      const n = i + 1;
      const fid = (k) => id(`${f.key}-${item.uid}-${k}`);
      return h('fieldset', { class: 'sr-fieldset sr-fieldset--item', 'data-sr-item': String(n) },
        h('legend', { class: 'sr-legend' }, w.t(f.itemLegend, { n })),
        f.item.map((x) => c.control(x, fid(x.key), `${f.key}[${i}].${x.key}`, () => item[x.key], (v) => changedItem(c, f, i, x.key, v))),
        h('button', {
          type: 'button', class: 'sr-button sr-button--secondary', id: fid('remove'),
          on: { click: () => removeItem(c, f, i) },
        }, w.t(f.remove, { n })));
    }),
    h('button', {
      type: 'button', class: 'sr-button sr-button--secondary', id: id(`${f.key}-add`),
      on: { click: () => addItem(c, f) },
    }, w.t(f.add)));
}

/** A list item's answer changed: `posts[1].from`. */
function changedItem(c, f, i, key, value) {
  c.values.get(f.key)[i][key] = value;
  c.state.touched.add(`${f.key}[${i}].${key}`);
  c.update();
}

function addItem(c, f) {
  const items = c.values.get(f.key);
  items.push(c.emptyItem(f));
  c.render();
  c.update();
  c.root.querySelector(`#${CSS.escape(c.id(`${f.key}-${items[items.length - 1].uid}-${f.item[0].key}`))}`)?.focus();
}

function removeItem(c, f, i) {
  const items = c.values.get(f.key);
  items.splice(i, 1);
  // The answers touched keep their marks; those after the removed item move up one.
  const re = new RegExp(`^${f.key}\\[(\\d+)\\]\\.(.*)$`);
  c.state.touched = new Set([...c.state.touched].flatMap((k) => {
    const m = re.exec(k);
    if (!m) return [k];
    const j = Number(m[1]);
    return j === i ? [] : [`${f.key}[${j > i ? j - 1 : j}].${m[2]}`];
  }));
  c.render();
  c.update();
  c.root.querySelector(`#${CSS.escape(c.id(`${f.key}-add`))}`)?.focus();
}
