// WeChat moves its screen reader onto the new layer itself, and a phone has no Escape key: nothing to do.
export function useDialogFocus(_openId: number | null, _focusSelector: string, _onEscape: () => void): void {}
