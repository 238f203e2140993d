// @vitest-environment happy-dom
// Which key presses belong to a field and which to the page's shortcuts.
import { describe, expect, it } from 'vitest';
import { isTyping } from '../../src-renderer/src/lib/is-typing';

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.querySelector('[data-target]')!;
}

describe('isTyping', () => {
  it('is true in text fields, selects and editable text, and false elsewhere', () => {
    expect(isTyping(element('<input data-target type="text">'))).toBe(true);
    expect(isTyping(element('<textarea data-target></textarea>'))).toBe(true);
    expect(isTyping(element('<select data-target></select>'))).toBe(true);
    expect(isTyping(element('<div contenteditable="true"><span data-target>x</span></div>'))).toBe(true);
    expect(isTyping(element('<button data-target>Go</button>'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('counts checkboxes and radios as fields unless toggles are left to the page', () => {
    const checkbox = element('<input data-target type="checkbox">');
    const radio = element('<input data-target type="radio">');
    expect(isTyping(checkbox)).toBe(true);
    expect(isTyping(radio)).toBe(true);
    expect(isTyping(checkbox, { togglesAreFields: false })).toBe(false);
    expect(isTyping(radio, { togglesAreFields: false })).toBe(false);
    expect(isTyping(element('<input data-target type="search">'), { togglesAreFields: false })).toBe(true);
  });
});
