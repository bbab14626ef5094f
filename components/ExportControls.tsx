import { useRef } from 'preact/hooks';

/** The export formats the review page writes. */
export type ExportFormat = 'json' | 'w3c' | 'markdown';

/** What each format is called on screen. */
export const FORMAT_TEXT: Record<ExportFormat, string> = {
  json: 'Claimlight JSON',
  w3c: 'W3C Web Annotation (JSON-LD)',
  markdown: 'Markdown',
};

interface ExportControlsProps {
  format: ExportFormat;
  filtered: boolean;
  busy: boolean;
  onFormat: (format: ExportFormat) => void;
  onExportAll: () => void;
  onExportShown: () => void;
  onImport: (file: File) => void;
}

/** Export format, Export all / Export shown, and Import… (Claimlight or W3C files). */
export function ExportControls(props: ExportControlsProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div class="data-actions">
      <select
        aria-label="Export format"
        value={props.format}
        onChange={(e) => props.onFormat((e.target as HTMLSelectElement).value as ExportFormat)}
      >
        {(Object.keys(FORMAT_TEXT) as ExportFormat[]).map((format) => (
          <option value={format}>{FORMAT_TEXT[format]}</option>
        ))}
      </select>
      <button type="button" data-action="export-all" onClick={props.onExportAll}>
        Export all
      </button>
      {props.filtered && (
        <button type="button" data-action="export-shown" onClick={props.onExportShown}>
          Export shown
        </button>
      )}
      <button
        type="button"
        data-action="import"
        disabled={props.busy}
        onClick={() => fileRef.current?.click()}
      >
        Import…
      </button>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,application/ld+json,.json,.jsonld"
        hidden
        aria-label="Import file"
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) props.onImport(file);
        }}
      />
    </div>
  );
}
