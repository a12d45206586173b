/**
 * What changes a view in place, once the island runs, is a button: a link (the way without
 * JavaScript) or a placeholder becomes a <button type="button"> with the same content and
 * attributes, but those in `drop` (an address, a download name, a "current page" state).
 */
export function asButton(element: HTMLElement, drop: readonly string[] = []): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  for (const { name, value } of [...element.attributes]) if (!drop.includes(name)) button.setAttribute(name, value);
  button.append(...element.childNodes);
  element.replaceWith(button);
  return button;
}
