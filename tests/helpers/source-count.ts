/**
 * An independent count of the tasks in a raw plan text, written without the importer's code:
 * inside the tasks section (the Roman-numeral section titled NỘI DUNG or NHIỆM VỤ), every
 * numbered item without numbered or lettered children, and every lettered item, is a task.
 */
export function countSourceTasks(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => /^[IVX]+\.\s+(NỘI DUNG|NHIỆM VỤ)/.test(line));
  if (start < 0) throw new Error('không thấy mục nhiệm vụ');
  const end = lines.findIndex((line, i) => i > start && /^[IVX]+\.\s+[A-ZĐÀ-Ỹ]/.test(line));
  const items: string[] = [];
  let numbered = '';
  for (const line of lines.slice(start + 1, end)) {
    const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(line);
    const letter = /^([a-zđ])\)\s/.exec(line);
    if (number) {
      numbered = number[1]!;
      items.push(numbered);
    } else if (letter) {
      items.push(`${numbered}.${letter[1]}`);
    }
  }
  return items.filter((item) => !items.some((other) => other.startsWith(`${item}.`)));
}
