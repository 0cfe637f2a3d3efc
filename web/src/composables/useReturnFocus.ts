/**
 * Gives the focus back to where it was before a dialog opened (WAI-ARIA APG, dialog pattern):
 * Vuetify does so only for a dialog with an activator, and ours open from code.
 */
export interface ReturnFocus {
  /** Notes the focused element; call when the dialog opens. */
  remember(): void
  /** Focuses it again; call once the dialog has closed. */
  restore(): void
}

export function useReturnFocus(): ReturnFocus {
  let element: HTMLElement | null = null
  return {
    remember(): void {
      element = document.activeElement instanceof HTMLElement ? document.activeElement : null
    },
    restore(): void {
      // Still in the page (a row's button may have gone with its row).
      if (element?.isConnected) element.focus()
      element = null
    },
  }
}
