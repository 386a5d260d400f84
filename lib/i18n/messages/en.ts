// English UI messages: the reference catalog. Every other locale must have exactly these keys.
export const en = {
  "app.name": "MGI Workbench",
  "app.tagline": "Migration Governance Indicators, from launch to published profile",
  "app.skipToContent": "Skip to main content",
  "app.mainNav": "Main",

  "nav.myAssessments": "My assessments",
  "nav.signOut": "Sign out",
  "nav.signedInAs": "Signed in as {name}",

  "login.title": "Sign in",
  "login.intro": "Sign in with the email address your invitation was sent to.",
  "login.email": "Email",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.submitting": "Signing in…",
  "login.invalid": "The email or password is not correct.",
  "login.throttled": "Too many sign-in attempts. Wait {minutes} minutes and try again.",
  "login.expired": "Your session has ended. Sign in again to continue.",
  "login.signedOut": "You have signed out.",
  "login.errorSummary": "There is a problem",

  "validation.required": "Enter a value.",
  "validation.email": "Enter an email address in the format name@example.org.",
  "validation.emailRequired": "Enter your email address.",
  "validation.passwordRequired": "Enter your password.",
  "validation.tooLong": "This is too long.",

  "error.generic": "Something went wrong. Nothing was changed; please try again.",
  "error.notFound": "Not found",
  "error.notFoundBody": "The page does not exist, or you do not have access to it.",
  "error.forbidden": "You are not allowed to do this.",

  "assessments.title": "My assessments",
  "assessments.allTitle": "All assessments",
  "assessments.iomStaffNote": "As IOM staff you can see every assessment; you can act only where you are a coordinator.",
  "assessments.empty": "You are not a member of any assessment yet. An invitation from an IOM coordinator will add you to one.",
  "assessments.country": "Country",
  "assessments.year": "Year",
  "assessments.level": "Level",
  "assessments.phase": "Phase",
  "assessments.role": "Your role",
  "assessments.cycle": "Cycle",
  "assessments.noRole": "IOM staff (not a member)",
  "assessments.followUpOf": "Follow-up of {year}",
  "assessments.open": "Open {name}",

  "level.NATIONAL": "National",
  "level.LOCAL": "Local: {city}",
  "cycle.BASELINE": "Baseline",
  "cycle.FOLLOW_UP": "Follow-up",

  "phase.LAUNCH": "Launch",
  "phase.COLLECTION": "Collection",
  "phase.CONSULTATION": "Consultation",
  "phase.PUBLISHED": "Published",
  "phase.ARCHIVED": "Archived",

  "role.COORDINATOR": "Coordinator",
  "role.CONSULTANT": "Consultant",
  "role.FOCAL_POINT": "Focal point",
  "role.STAKEHOLDER": "Consultation stakeholder",
  "role.focalPointOf": "Focal point, {ministry}",
  "role.iomStaff": "IOM staff",

  "assessment.overviewTitle": "{country} {year}",
  "assessment.framework": "Framework",
  "assessment.languages": "Languages",
  "assessment.ministries": "Ministries and agencies",
  "assessment.members": "Members",
  "assessment.noMinistries": "No ministries or agencies yet.",
  "assessment.nextSteps": "The workflow screens for this phase are being built.",
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
