import { useCallback, useState } from 'react';
import type { ForumConfig } from 'defus-info';
import { brokenConfig, describeEvent, exampleForum, LANGUAGES, type Lang } from '../shared.js';

export function App() {
  const [lang, setLang] = useState<Lang>('de');
  const [config, setConfig] = useState<ForumConfig | undefined>(undefined);
  const [log, setLog] = useState<string[]>([]);
  const record = useCallback((event: Event) => {
    const line = describeEvent(event);
    setLog((lines) => [...lines, line]);
  }, []);

  return (
    <main>
      <div role="group" aria-label="Language">
        {LANGUAGES.map(({ lang: code, label }) => (
          <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => setLang(code)}>
            {label}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Config">
        <button type="button" onClick={() => setConfig(undefined)}>
          Show built-in DEFUS card
        </button>
        <button type="button" onClick={() => setConfig(exampleForum)}>
          Show example forum
        </button>
        <button type="button" onClick={() => setConfig(brokenConfig)}>
          Show broken config
        </button>
      </div>
      {/* React 19 sets `lang` and `config` as properties (the element has both) and adds each
          `on<event-name>` function as a listener for <event-name>. */}
      <defus-info lang={lang} config={config} ondefus-info-load={record} ondefus-info-error={record} />
      <h2>Events</h2>
      <ol aria-label="Events from defus-info">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
