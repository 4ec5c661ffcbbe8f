/**
 * Subscription message templates (订阅消息 → 我的模板). The page asks for them from a tap; the cloud function sends
 * them. Replace the ids with the real ones from the mini-program console before going live.
 */
export const TEMPLATES = {
  appointmentChanged: 'TPL_APPOINTMENT_CHANGED',
  appointmentReminder: 'TPL_APPOINTMENT_REMINDER',
  applicationProgress: 'TPL_APPLICATION_PROGRESS',
  activityChanged: 'TPL_ACTIVITY_CHANGED',
  activityPromoted: 'TPL_ACTIVITY_PROMOTED',
} as const
export type TemplateName = keyof typeof TEMPLATES
