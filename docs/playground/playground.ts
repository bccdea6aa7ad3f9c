/**
 * The playground: normalization under each preset with the changes highlighted, tokens coloured
 * by kind with their offsets on hover, sentences numbered, and Latin runs marked. Everything is
 * built with DOM nodes and textContent (never innerHTML), and Latin text is isolated with <bdi>
 * so that it displays left to right inside the right-to-left page.
 */
import {
  analyze,
  findMatches,
  latinRunSpans,
  normalizeWithOffsets,
  sentences,
  TokenKind,
  tokenize,
  type PresetName,
} from 'arabic-text';

const PRESET_NAMES: PresetName[] = ['clean', 'search', 'lucene'];
const SAMPLE =
  'قال د. أحمد المصريّ لصحيفة The Financial Times إنّ النموّ بلغ ٣٫٥٪ في العـــام الماضي. هل هذا كافٍ؟ «نعم.» تابعونا على https://example.com و#مصر_اليوم 👍🏽 والمدرسةُ بعيدة عن مدارسنا';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** The text with its Latin runs wrapped in <bdi dir="ltr"> (a first-strong isolate, U+2068 … U+2069 in effect). */
function withLatinRuns(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const spans = latinRunSpans(text);
  let last = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const [start, end] = [spans[k]!, spans[k + 1]!];
    fragment.append(
      text.slice(last, start),
      el('bdi', { dir: 'ltr', className: 'latin', title: `Latin run ${start}–${end}` }, text.slice(start, end)),
    );
    last = end;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/** The normalized text, each output stretch that differs from the input it came from in <mark>. */
function highlighted(input: string, preset: PresetName): HTMLElement {
  const { text, offsets } = normalizeWithOffsets(input, preset);
  const out = el('p', { className: 'text', dir: 'rtl' });
  let plain = '';
  let changed = '';
  const flush = () => {
    if (plain) {
      out.append(plain);
      plain = '';
    }
    if (changed) {
      out.append(el('mark', { title: 'changed' }, changed));
      changed = '';
    }
  };
  for (let i = 0; i < text.length; i++) {
    const same = input.slice(offsets[i], offsets[i + 1]) === text[i];
    if (same) {
      if (changed) flush();
      plain += text[i];
    } else {
      if (plain) flush();
      changed += text[i];
    }
  }
  flush();
  return out;
}

/** The text with the hits of the query in <mark>, each titled with its offsets. */
function withHits(text: string, query: string, phrase: boolean): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const { start, end } of findMatches(text, query, { phrase })) {
    fragment.append(text.slice(last, start), el('mark', { title: `hit ${start}–${end}` }, text.slice(start, end)));
    last = end;
  }
  fragment.append(text.slice(last));
  return fragment;
}

function renderSearch(input: string): void {
  const query = $<HTMLInputElement>('query').value;
  $('hits').replaceChildren(withHits(input, query, $<HTMLInputElement>('phrase').checked));
  $('terms').replaceChildren(
    ...analyze(input).map((t) => el('bdi', { className: 'chip kind-word', title: `${t.start}–${t.end}` }, t.term)),
  );
}

function render(input: string): void {
  const normalized = $('normalized');
  normalized.replaceChildren(
    ...PRESET_NAMES.map((preset) =>
      el('div', { className: 'preset' }, el('span', { className: 'preset-name' }, preset), highlighted(input, preset)),
    ),
  );

  const tokens = tokenize(input);
  $('tokens').replaceChildren(
    ...tokens.map((t) => {
      const chip = el(
        'bdi',
        { className: `chip kind-${t.kind}`, title: `${t.kind}${t.script ? ` (${t.script})` : ''} ${t.start}–${t.end}` },
        t.text,
      );
      chip.dataset.kind = t.kind;
      chip.dataset.start = String(t.start);
      chip.dataset.end = String(t.end);
      return chip;
    }),
  );

  const found = sentences(input);
  $('sentences').replaceChildren(
    ...found.map((s) => el('li', { title: `${s.start}–${s.end}` }, withLatinRuns(s.text))),
  );
  $('latin').replaceChildren(withLatinRuns(input));
  renderSearch(input);
  $('stats').textContent = `${input.length} code units · ${tokens.length} tokens · ${found.length} sentences`;
}

$('legend').replaceChildren(...TokenKind.names.map((kind) => el('span', { className: `chip kind-${kind}` }, kind)));
const input = $<HTMLTextAreaElement>('input');
input.value = SAMPLE;
input.addEventListener('input', () => render(input.value));
for (const id of ['query', 'phrase']) $(id).addEventListener('input', () => renderSearch(input.value));
render(input.value);
