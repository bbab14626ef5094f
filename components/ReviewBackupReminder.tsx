interface ReviewBackupReminderProps {
  unexported: number;
  onExport: () => void;
  onTurnOff: () => void;
}

/** Suggests exporting a backup when many annotations exist only in this browser. */
export function ReviewBackupReminder({
  unexported,
  onExport,
  onTurnOff,
}: ReviewBackupReminderProps) {
  return (
    <div class="backup-reminder" role="note">
      <span>
        {unexported.toLocaleString()} annotations are not in any backup yet. If this browser profile
        is lost, so are they.
      </span>
      <button type="button" onClick={onExport}>
        Export backup
      </button>
      <button type="button" class="link" onClick={onTurnOff}>
        Don't remind me
      </button>
    </div>
  );
}
