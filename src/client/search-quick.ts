/**
 * The header search box's enhancement, as small as it can be, because every page loads it: on the
 * reader's first focus or keystroke in the box it loads the quick results (search-quick-panel.ts).
 * Without this the box is a plain GET form to /tim-kiem/. Not used on the search page itself,
 * which has its own box.
 */
const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
if (form && input && !document.querySelector('[data-search]')) {
  const start = () => {
    input.removeEventListener('focus', start);
    input.removeEventListener('input', start);
    void import('./search-quick-panel.ts').then(({ setUp }) => setUp(form, input));
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  // Focused before this script ran (typing fast after load).
  if (document.activeElement === input) start();
}
