/** What just happened (closed, muted) and its undo, right where the note was. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { trusted } from './trusted';

export interface ToastProps {
  text: string;
  undo?: { label: string; run: () => void };
  pos: { left: number; top: number } | null;
  /** take focus (the control the user used has gone with the note) */
  focus: boolean;
  toastRef: (el: HTMLElement | null) => void;
}

export function Toast(p: ToastProps) {
  const ref = useRef<HTMLButtonElement>(null);
  // In the same task as the render: the control the user used is gone, and focus must not rest on
  // the page's body in between (a screen reader would announce the page).
  useLayoutEffect(() => {
    if (p.focus) ref.current?.focus();
  }, [p.focus, p.text]);
  const style = p.pos ? { left: `${p.pos.left}px`, top: `${p.pos.top}px` } : { right: '12px', bottom: '12px' };
  return (
    <div class="toast" role="status" style={style} ref={p.toastRef}>
      <span>{p.text}</span>{' '}
      {p.undo ? (
        <button type="button" class="btn" ref={ref} onClick={trusted(p.undo.run)}>
          {p.undo.label}
        </button>
      ) : null}
    </div>
  );
}
