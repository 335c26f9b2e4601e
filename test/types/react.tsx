// `<defus-info>` in React 19's JSX: `import 'defus-info/react'` defines the element and types it.
import { useRef, useState } from 'react';
import type { DefusInfo, ForumConfig } from 'defus-info';
import 'defus-info/react';

const example: ForumConfig = {
  defaultLang: 'en',
  name: 'Example Forum for Urban Security',
  summary: 'A fictional forum for tests.',
  links: [{ href: 'https://example.org', label: 'Example website' }],
};

export function ForumCard() {
  const [lang, setLang] = useState('de');
  const card = useRef<DefusInfo>(null);
  return (
    <>
      <button onClick={() => setLang('en')}>English</button>
      <defus-info
        ref={card}
        lang={lang}
        variant="compact"
        theme="auto"
        headingLevel={3}
        config={example}
        className="forum"
        ondefus-info-load={(event) => console.log(event.detail.source, event.detail.lang)}
        ondefus-info-error={(event) => console.log(event.detail.path, event.detail.message)}
      >
        <a href="https://www.defus.de">DEFUS</a>
      </defus-info>
      {/* @ts-expect-error -- not a variant */}
      <defus-info variant="large" />
      {/* @ts-expect-error -- a config needs its links */}
      <defus-info config={{ defaultLang: 'en', name: 'x', summary: 'y' }} />
      {/* @ts-expect-error -- a load event has no path */}
      <defus-info ondefus-info-load={(event) => console.log(event.detail.path)} />
    </>
  );
}
