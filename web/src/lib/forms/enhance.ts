import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * The enhanced submit of a visitor form: one send at a time (a second click while sending is
 * dropped), the fields keep what was typed, and a refusal puts the focus on the error summary.
 */
export const sendOnce = ({ isSending, setSending, summary }: { isSending: () => boolean; setSending: (sending: boolean) => void; summary: () => HTMLElement | undefined }): SubmitFunction =>
  ({ cancel }) => {
    if (isSending()) {
      cancel();
      return;
    }
    setSending(true);
    return async ({ result, update }) => {
      await update({ reset: false });
      setSending(false);
      if (result.type === 'failure') {
        await tick();
        summary()?.focus();
      }
    };
  };
