import { describe, expect, it } from 'vitest';
import { createUndoSlot } from '../../lib/library/undo-slot';

describe('the Undo slot', () => {
  it('keeps the newest action’s Undo when an older action finishes last', () => {
    const slot = createUndoSlot<string>();
    const slowDelete = slot.begin();
    const archive = slot.begin();
    expect(slot.settle(archive, 'unarchive')).toBe(true);
    expect(slot.settle(slowDelete, 'restore')).toBe(false);
    expect(slot.peek()).toBe('unarchive');
  });

  it('hands an Undo out once', () => {
    const slot = createUndoSlot<string>();
    slot.settle(slot.begin(), 'restore');
    expect(slot.take()?.undo).toBe('restore');
    expect(slot.take()).toBeNull();
    expect(slot.peek()).toBeNull();
  });

  it('offers a failed Undo again, unless a newer action took the slot', () => {
    const slot = createUndoSlot<string>();
    slot.settle(slot.begin(), 'restore');
    const taken = slot.take()!;
    expect(slot.giveBack(taken)).toBe(true);
    expect(slot.peek()).toBe('restore');
    const again = slot.take()!;
    slot.settle(slot.begin(), 'unfavorite');
    expect(slot.giveBack(again)).toBe(false);
    expect(slot.peek()).toBe('unfavorite');
  });

  it('lets an action without Undo withdraw the older one', () => {
    const slot = createUndoSlot<string>();
    slot.settle(slot.begin(), 'restore');
    slot.settle(slot.begin(), null);
    expect(slot.peek()).toBeNull();
  });
});
