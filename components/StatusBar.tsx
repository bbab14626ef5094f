/** A message for the reader (import result, error, undo offer), announced to screen readers. */
export interface Status {
  kind: 'info' | 'error';
  text: string;
  undo?: () => void;
}

export function StatusBar({
  status,
  onDismiss,
}: {
  status: Status | undefined;
  onDismiss: () => void;
}) {
  if (!status) return null;
  return (
    <div class={`status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
      <span class="status-text">{status.text}</span>
      {status.undo && (
        <button type="button" onClick={status.undo}>
          Undo
        </button>
      )}
      <button type="button" class="link" aria-label="Dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
