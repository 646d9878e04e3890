/** An in-page modal confirm (native <dialog>: focus trap, Esc to cancel), not window.confirm. */
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="lg-dialog"
      aria-labelledby="lg-dialog-title"
      aria-describedby="lg-dialog-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="lg-dialog-title">{title}</h2>
      <p id="lg-dialog-body">{body}</p>
      <div class="lg-actions">
        <button type="button" class="lg-button" onClick={onCancel} autofocus>
          {cancelLabel}
        </button>
        <button type="button" class="lg-button lg-button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
