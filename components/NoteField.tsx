import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface NoteFieldProps {
  initial?: string;
  placeholder?: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** A small note box: Enter saves, Shift+Enter breaks the line, Escape cancels. */
export function NoteField({
  initial = '',
  placeholder = 'Add a note…',
  onSave,
  onCancel,
}: NoteFieldProps) {
  const [text, setText] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  // Layout effect, not effect: focus must land before the reader's next keystroke does.
  useLayoutEffect(() => ref.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      onSave(text.trim());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div class="note-field">
      <textarea
        ref={ref}
        rows={3}
        aria-label="Note"
        placeholder={placeholder}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={onKeyDown}
      />
      <div class="hint">Enter to save · Esc to cancel</div>
    </div>
  );
}
