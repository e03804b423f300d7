/**
 * Search any entity by name or id (the API's `search`), as an ARIA combobox: type, move with the
 * arrow keys, Enter opens, Escape closes; results are also plain clickable options. "/" focuses it.
 */
import { request } from './client';
import { h, replaceChildren } from './dom';
import { KIND_LABELS } from './graphModel';
import { searchOperation } from './operations';

export interface SearchHit {
  id: string;
  name: string;
  kind: string;
}

export function searchBox(onOpen: (hit: SearchHit) => void): HTMLElement {
  const list = h('ul', { id: 'search-results', role: 'listbox', 'aria-label': 'Search results', className: 'search-results', hidden: true });
  const input = h('input', {
    id: 'search',
    type: 'search',
    role: 'combobox',
    placeholder: 'Search by name or id, e.g. core router',
    'aria-label': 'Search entities by name or id',
    'aria-autocomplete': 'list',
    'aria-controls': 'search-results',
    'aria-expanded': 'false',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (hit: SearchHit) => {
    close();
    input.value = '';
    onOpen(hit);
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `search-hit-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    }
  };
  const show = (text: string) => {
    replaceChildren(
      list,
      hits.length
        ? hits.map((hit, i) =>
            h(
              'li',
              { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': hit.id, onmousedown: (e: Event) => e.preventDefault(), onclick: () => choose(hit) },
              h('span', { className: 'hit-name' }, hit.name),
              h('span', { className: 'hit-meta' }, `${KIND_LABELS[hit.kind] ?? hit.kind} · ${hit.id}`),
            ),
          )
        : h('li', { className: 'hit-none', role: 'option', 'aria-disabled': 'true' }, `Nothing matches “${text}”`),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
  };
  const run = async () => {
    const text = input.value.trim();
    if (!text) return close();
    const ticket = ++asked;
    try {
      const data = await request(searchOperation, { text, first: 20 });
      if (ticket !== asked) return;
      hits = data.search.map((n) => ({ id: n.id, name: n.name, kind: n.__typename }));
      show(text);
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      replaceChildren(list, h('li', { className: 'hit-none', role: 'option', 'aria-disabled': 'true' }, `Search failed: ${(error as Error).message}`));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) highlight(Math.min(hits.length - 1, active + 1));
    else if (event.key === 'ArrowUp' && hits.length) highlight(Math.max(0, active - 1));
    else if (event.key === 'Enter' && active >= 0 && !list.hidden) choose(hits[active]);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
      event.preventDefault();
      input.focus();
    }
  });
  return h('div', { className: 'search', role: 'search' }, input, list);
}
