// MK 316's help to work out a monthly allocation (annex 1: the base hours
// of each purpose at coefficient 1 or 2), summed as the person ticks; help
// only, never the decision. Loaded by assistant-hours.js with the first MK
// 316 month.

import { h } from './core.js';

/**
 * The help's body for `service`: `help` is the month's `allocation_help`
 * (the rules' facts), the ticks are kept in `state.help` ('purpose|1' or
 * 'purpose|2'), `id(key)` makes the instance's ids.
 */
export function helpBody({ help, service, state, w, id }) {
  const lines = help.lines.filter((l) => l.service === service);
  const sumId = id('help-sum');
  const sum = h('p', { class: 'sr-help__sum', id: sumId, 'aria-live': 'polite' });
  const showSum = () => {
    // The base hours are whole hours: added as integers (BigInt), never as floats.
    let total = 0n;
    for (const l of lines) {
      if (state.help.has(`${l.purpose}|1`)) total += BigInt(l.coefficient_1);
      if (l.coefficient_2 !== null && state.help.has(`${l.purpose}|2`)) total += BigInt(l.coefficient_2);
    }
    sum.textContent = w.t('ui-help-sum', { h: w.num(String(total)) });
  };
  const groups = [...new Set(lines.map((l) => l.group))];
  const boxes = new Map();
  const box = (l, k, label) => {
    const key = `${l.purpose}|${k}`;
    const bid = id(`help-${l.purpose}-${k}`);
    const input = h('input', {
      type: 'checkbox', class: 'sr-radio__input', id: bid, name: bid, checked: state.help.has(key),
      on: {
        change: (e) => {
          if (e.target.checked) {
            state.help.add(key);
            // One coefficient per purpose.
            const other = `${l.purpose}|${k === 1 ? 2 : 1}`;
            state.help.delete(other);
            if (boxes.has(other)) boxes.get(other).checked = false;
          } else state.help.delete(key);
          showSum();
        },
      },
    });
    boxes.set(key, input);
    return h('div', { class: 'sr-radio' }, input, h('label', { class: 'sr-radio__label', for: bid }, label));
  };
  const body = h('div', { class: 'sr-help__body' },
    h('p', {}, w.t('ui-help-intro')),
    h('p', { class: 'sr-help__caveat' }, w.t('ui-help-not-verified')),
    groups.map((g) => h('fieldset', { class: 'sr-fieldset sr-fieldset--inner' },
      h('legend', { class: 'sr-legend' }, w.t(`ui-help-group-${g}`)),
      lines.filter((l) => l.group === g).map((l) => h('fieldset', { class: 'sr-fieldset sr-fieldset--inner sr-help__line' },
        h('legend', { class: 'sr-help__purpose' }, w.t(`ui-purpose-${l.purpose}`)),
        h('div', { class: 'sr-help__choices' },
          l.coefficient_2 === null
            ? box(l, 1, w.t('ui-help-base', { h: w.num(l.coefficient_1) }))
            : [box(l, 1, w.t('ui-help-coefficient-1', { h: w.num(l.coefficient_1) })),
              box(l, 2, w.t('ui-help-coefficient-2', { h: w.num(l.coefficient_2) }))]))))),
    sum,
    h('span', { class: 'sr-source' }, `${w.t('ui-source')}: ${w.t('source-mk316-annex1')}`));
  showSum();
  return body;
}
