/**
 * Copy buttons for citations: a button[data-copy="<id>"] copies the text of the element with
 * that id. The buttons are rendered hidden and shown here, so readers without JavaScript see
 * only the selectable text. One listener for the page, however many buttons (80 tasks).
 */

const DONE = 'Đã sao chép';
const FAILED = 'Không sao chép được: văn bản đã được chọn, hãy nhấn Ctrl+C (hoặc ⌘+C)';

/** Copy with the Clipboard API, else select the element's text and use the legacy command. */
async function copy(text: string, element: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function setUp() {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.dataset.copyStatus = '';
  document.body.append(status);

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;

  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    const source = button ? document.getElementById(button.dataset.copy ?? '') : null;
    if (!button || !source) return;
    const ok = await copy(source.textContent?.trim() ?? '', source);
    const message = ok ? DONE : FAILED;
    status.textContent = '';
    // A fresh text node each time, so a screen reader announces a second copy too.
    requestAnimationFrame(() => (status.textContent = message));
    const label = button.dataset.label ?? button.textContent ?? '';
    button.dataset.label = label;
    button.textContent = ok ? DONE : 'Chưa sao chép được';
    window.setTimeout(() => (button.textContent = label), 2000);
  });
}

setUp();
