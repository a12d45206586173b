/**
 * The page /them-ke-hoach/: a file chosen, dropped or pasted is read by the importer in a worker
 * (import-worker.ts), in the browser, and the result shown (import-result.ts). Small on arrival:
 * the worker, the importer and the result's renderer load when the first file is given, the Word
 * and PDF readers when a file needs them, or all at once when the person asks for it to work
 * without a network. Nothing is sent anywhere: the only requests are for the page's own code.
 */
import { ACCEPTED, MAX_FILE_BYTES } from '../lib/importer/readers/accepted.ts';
import type { ImportFailure, ImportReply, ImportRequest } from './import-worker.ts';

const root = document.querySelector<HTMLElement>('[data-import]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const picker = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const zone = root.querySelector<HTMLElement>('[data-drop]')!;
  const pasteForm = root.querySelector<HTMLFormElement>('form[data-paste]')!;
  const pasted = pasteForm.querySelector<HTMLTextAreaElement>('textarea')!;
  const prepare = root.querySelector<HTMLButtonElement>('button[data-prepare]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const output = root.querySelector<HTMLElement>('[data-result]')!;

  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, (reply: ImportReply) => void>();
  /** The name of what is being read, or null. */
  let busy: string | null = null;

  /** Send a request to the worker (started on first use) and wait for its reply. */
  function ask(request: Omit<ImportRequest, 'id'>): Promise<ImportReply> {
    if (!worker) {
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'trinh-nhap' });
      worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
        waiting.get(event.data.id)?.(event.data);
        waiting.delete(event.data.id);
      });
      // The worker's code could not load (no network) or crashed: every request waiting fails.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        for (const [id, done] of waiting) done({ id, ok: false, error: { kind: 'offline', message: '', line: null } });
        waiting.clear();
        worker?.terminate();
        worker = null;
      });
    }
    const id = ++next;
    const message = { ...request, id } as ImportRequest;
    return new Promise((done) => {
      waiting.set(id, done);
      worker!.postMessage(message);
    });
  }

  const renderer = () => import('./import-result.ts');

  /** Show a failure, with the renderer when it can load, in the status line when it cannot. */
  async function fail(name: string, error: ImportFailure) {
    try {
      (await renderer()).showFailure(output, name, error);
      status.textContent = `Không đọc được ${name}.`;
    } catch {
      output.replaceChildren();
      status.textContent = `Không đọc được ${name}. ${OFFLINE}`;
    }
  }

  async function run(name: string, request: () => Promise<Omit<ImportRequest, 'id'>>) {
    if (busy) {
      status.textContent = `Đang đọc ${busy}… Chờ đọc xong rồi hãy đưa tệp khác.`;
      return;
    }
    busy = name;
    root.setAttribute('aria-busy', 'true');
    status.classList.remove('visually-hidden');
    status.textContent = `Đang đọc ${name}…`;
    try {
      const [reply, view] = await Promise.all([request().then(ask), renderer()]);
      if (!reply.ok) await fail(name, reply.error);
      else if ('preview' in reply) {
        view.showPreview(output, reply.preview);
        status.textContent = `Đã đọc xong ${name}: ${reply.preview.tasks.length} nhiệm vụ.`;
      }
    } catch {
      await fail(name, { kind: 'offline', message: '', line: null });
    } finally {
      busy = null;
      root.removeAttribute('aria-busy');
      // The result's heading says it on screen; the status line stays for screen readers.
      if (output.firstChild) status.classList.add('visually-hidden');
    }
  }

  /** A file from the picker or a drop: checked here (kind, size) before anything is loaded. */
  function take(file: File) {
    const extension = /\.[^.]+$/.exec(file.name)?.[0].toLowerCase() ?? '';
    if (file.size > MAX_FILE_BYTES) {
      const size = `${(file.size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
      void fail(file.name, {
        kind: 'too-large',
        message: `tệp nặng ${size}, quá giới hạn ${MAX_FILE_BYTES / 1024 / 1024} MB`,
        line: null,
      });
      return;
    }
    if (!ACCEPTED.includes(extension) && extension !== '.doc') {
      void fail(file.name, {
        kind: 'format',
        message: `trang đọc tệp ${ACCEPTED.join(', ')}; tệp này là “${extension || 'không có đuôi'}”`,
        line: null,
      });
      return;
    }
    void run(file.name, async () => ({
      kind: 'file',
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    }));
  }

  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) take(file);
    // Choosing the same file again reads it again.
    picker.value = '';
  });

  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = pasted.value;
    if (text.trim() === '') {
      status.textContent = 'Ô văn bản đang trống: dán toàn văn kế hoạch vào ô rồi bấm “Đọc văn bản đã dán”.';
      pasted.focus();
      return;
    }
    void run('văn bản đã dán', async () => ({ kind: 'text', text }));
  });

  // A file dropped anywhere on the page is read (not opened by the browser in place of the page).
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  document.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    zone.classList.add('is-dragging');
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove('is-dragging');
  });
  document.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
  });
  document.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    zone.classList.remove('is-dragging');
    const file = event.dataTransfer?.files[0];
    if (file) take(file);
  });

  prepare.addEventListener('click', () => {
    if (prepare.disabled) return;
    prepare.disabled = true;
    status.classList.remove('visually-hidden');
    status.textContent = 'Đang tải các trình đọc…';
    void Promise.all([ask({ kind: 'prepare' }), renderer()])
      .then(([reply]) => {
        if (!reply.ok) throw new Error('not prepared');
        status.textContent = 'Đã tải sẵn: từ giờ trang đọc được tệp Word, PDF và văn bản cả khi không có mạng.';
        prepare.hidden = true;
      })
      .catch(() => {
        prepare.disabled = false;
        status.textContent = OFFLINE;
      });
  });
}

/** When the page's own code cannot be fetched: the person is offline, and nothing was sent. */
const OFFLINE =
  'Không tải được phần đọc tệp của trang (có vẻ mất mạng). Tệp của bạn không được gửi đi đâu. Kết nối lại rồi thử lại; để dùng khi không có mạng, bấm “Tải sẵn trình đọc” khi còn mạng.';
