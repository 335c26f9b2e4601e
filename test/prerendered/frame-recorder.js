// Loaded first by the pre-rendered host pages (a classic script, allowed by their strict policy).
// Records, at every animation frame from the start of parsing, what a visitor sees of the card:
// whether the element is defined yet, its text, and where each of its boxes and the text after it
// are. A new entry only when that changes, so a take-over without a visible change leaves one
// layout. Also every layout shift (where the engine reports them) and policy violation.
(() => {
  const record = { frames: 0, seen: [], shifts: [], violations: [] };
  window.__record = record;
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push(`${event.effectiveDirective} ${event.blockedURI || 'inline'}`),
  );
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  }
  const box = (element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return [x, y, width, height].map((value) => value.toFixed(2)).join(',');
  };
  const frame = () => {
    record.frames += 1;
    const card = document.querySelector('defus-info');
    const after = document.getElementById('after');
    if (card && after) {
      const boxes = [...(card.shadowRoot?.querySelectorAll('*') ?? [])].filter((node) => node.localName !== 'style');
      const state = {
        defined: customElements.get('defus-info') !== undefined,
        text: [...(card.shadowRoot?.childNodes ?? [])]
          .filter((node) => node.localName !== 'style')
          .map((node) => node.textContent)
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
        layout: [card, ...boxes, after].map((node) => `${node.localName} ${box(node)}`).join(' | '),
      };
      const last = record.seen[record.seen.length - 1];
      if (!last || last.defined !== state.defined || last.text !== state.text || last.layout !== state.layout)
        record.seen.push(state);
    }
    if (record.frames < 1200) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
