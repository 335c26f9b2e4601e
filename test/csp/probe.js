// Loaded first on the CSP test pages, as a classic script (the policy allows no inline script).
// Records what the page does: policy violations, errors, events from the cards, and every touch
// of cookies or storage, so the test can show the widget does none of it.
(() => {
  const probe = { violations: [], errors: [], loads: [], problems: [], touched: [] };
  window.__probe = probe;
  document.addEventListener('securitypolicyviolation', (event) => {
    probe.violations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
  window.addEventListener('error', (event) => probe.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => probe.errors.push(String(event.reason)));
  document.addEventListener('defus-info-load', (event) => probe.loads.push(event.detail.source));
  document.addEventListener('defus-info-error', (event) => probe.problems.push(event.detail.message));

  // Cookies and every kind of storage a script could reach, wrapped where the page reaches them.
  const watch = (target, name) => {
    const owner = [target, Object.getPrototypeOf(target)].find((each) => Object.getOwnPropertyDescriptor(each, name));
    const descriptor = owner && Object.getOwnPropertyDescriptor(owner, name);
    if (!descriptor) return;
    Object.defineProperty(target, name, {
      configurable: true,
      get() {
        probe.touched.push(`${name} read`);
        return descriptor.get ? descriptor.get.call(this) : descriptor.value;
      },
      set(value) {
        probe.touched.push(`${name} written`);
        descriptor.set?.call(this, value);
      },
    });
  };
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'cookieStore']) watch(window, name);
  watch(document, 'cookie');
  const beacon = navigator.sendBeacon?.bind(navigator);
  navigator.sendBeacon = (...args) => {
    probe.touched.push('sendBeacon');
    return beacon?.(...args);
  };
})();
