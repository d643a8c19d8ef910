import { localize } from '@samverkan/core/light';
import type { SamverkanAreaList, SamverkanMatchForm } from '@samverkan/elements';
import '@samverkan/elements/define/area-list';
import '@samverkan/elements/define/match-form';
import { type RefObject, useEffect, useRef, useState } from 'react';

/** Listens to one of an element's events for as long as the component is mounted. */
function useElementEvent<K extends keyof GlobalEventHandlersEventMap>(
  ref: RefObject<HTMLElement | null>,
  type: K,
  handler: (event: GlobalEventHandlersEventMap[K]) => void,
): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const listener = (event: GlobalEventHandlersEventMap[K]) => latest.current(event);
    element.addEventListener(type, listener);
    return () => element.removeEventListener(type, listener);
  }, [ref, type]);
}

const WORDS = {
  sv: { title: 'Samverkan i en React-sida', switchTo: 'English', chosen: 'Valt område:', received: (name: string, n: number) => `Appen tog emot intresseanmälan från ${name} (${n === 1 ? 'ett område' : `${n} områden`}).` },
  en: { title: 'Samverkan in a React page', switchTo: 'Svenska', chosen: 'Chosen area:', received: (name: string, n: number) => `The app received the interest from ${name} (${n === 1 ? 'one area' : `${n} areas`}).` },
};

/** The page: the area list and the form, with React state following their events and their language. */
export function App() {
  const list = useRef<SamverkanAreaList>(null);
  const form = useRef<SamverkanMatchForm>(null);
  const [lang, setLang] = useState<'sv' | 'en'>('sv');
  const [area, setArea] = useState<string>();
  const [receipt, setReceipt] = useState<string>();
  const words = WORDS[lang];

  useElementEvent(list, 'samverkan-area-select', (event) => setArea(localize(event.area.name, lang)));
  useElementEvent(form, 'samverkan-submit', (event) => {
    // The app sends the interest its own way (to its API, say); the form sends nothing itself.
    event.preventDefault();
    const { stated, areas } = event.interest;
    setReceipt(words.received(stated.kind === 'new-organisation' ? stated.name : stated.kind, areas.length));
  });

  return (
    <main lang={lang}>
      <h1>{words.title}</h1>
      <button type="button" onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}>
        {words.switchTo}
      </button>
      <samverkan-area-list ref={list} heading-level="2" layout="list" />
      <p role="status" id="chosen">
        {area ? `${words.chosen} ${area}` : ''}
      </p>
      <samverkan-match-form ref={form} heading-level="2" min-fill-seconds="0" />
      <p role="status" id="receipt">
        {receipt ?? ''}
      </p>
    </main>
  );
}
