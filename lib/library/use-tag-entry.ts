import { useState } from 'preact/hooks';

/** The tag typed in the selection bar, and submitting it as an addition or a removal. */
export function useTagEntry(onTag: (edit: { add?: string[]; remove?: string[] }) => void) {
  const [value, setValue] = useState('');
  const submit = (remove: boolean) => {
    const tag = value.trim();
    if (!tag) return;
    onTag(remove ? { remove: [tag] } : { add: [tag] });
    setValue('');
  };
  return { value, setValue, submit };
}
