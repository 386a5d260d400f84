// Message catalogs: every locale has exactly the reference keys, every message is valid ICU in its locale,
// arguments survive translation, and plural forms read correctly (Russian one/few/many).
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { catalogs, LOCALES, negotiateLocale, translate, translatorFor, type Locale } from "./index";
import { en } from "./messages/en";

type Argument = { name: string; plural: boolean };

/** Every argument a message uses, with whether it selects a plural form (and so must be a number). */
function argumentsOf(elements: MessageFormatElement[], found: Argument[] = []): Argument[] {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      found.push({ name: element.value, plural: false });
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.push({ name: element.value, plural: element.type === TYPE.plural });
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    } else if (element.type === TYPE.tag) {
      argumentsOf(element.children, found);
    }
  }
  return found;
}

const parsed = (text: string) => parse(text, { ignoreTag: true, requiresOtherClause: true });
const argumentNames = (text: string) => [...new Set(argumentsOf(parsed(text)).map((arg) => arg.name))].sort();

/** The plural selectors each plural argument offers, e.g. [["one", "few", "many", "other"]]. */
function pluralSelectors(elements: MessageFormatElement[], found: string[][] = []): string[][] {
  for (const element of elements) {
    if (element.type === TYPE.plural) found.push(Object.keys(element.options));
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pluralSelectors(option.value, found);
    }
  }
  return found;
}

const entries = (locale: Locale) => Object.entries(catalogs[locale]) as [keyof typeof en, string][];

describe("message catalogs", () => {
  it.each(LOCALES)("%s has the same keys as English", (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)("%s keeps every argument of the English message and leaves no message empty", (locale) => {
    for (const [key, text] of entries(locale)) {
      expect(text.trim(), `${locale} ${key}`).not.toBe("");
      expect(argumentNames(text), `${locale} ${key}`).toEqual(argumentNames(en[key]));
    }
  });

  it.each(LOCALES)("%s: every message compiles and formats without leftover braces", (locale) => {
    for (const [key, text] of entries(locale)) {
      // ICU's apostrophe rule: a ' right before { or } starts a quoted literal and would swallow the argument.
      expect(text, `${locale} ${key}`).not.toMatch(/'[{}]/);
      const vars: Record<string, string | number> = {};
      for (const arg of argumentsOf(parsed(text))) vars[arg.name] ??= arg.plural ? 2 : `[${arg.name}]`;
      const output = String(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).format(vars));
      expect(output, `${locale} ${key}`).not.toMatch(/[{}]/);
      expect(translate(locale, key, vars), `${locale} ${key}`).toBe(output);
    }
  });

  it.each(LOCALES)("%s: every plural offers each form the language needs (CLDR)", (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    let plurals = 0;
    for (const [key, text] of entries(locale)) {
      for (const selectors of pluralSelectors(parsed(text))) {
        plurals += 1;
        expect(selectors, `${locale} ${key}`).toEqual(expect.arrayContaining([...needed]));
      }
    }
    expect(plurals).toBeGreaterThan(10);
  });
});

describe("translate", () => {
  it("fills arguments", () => {
    expect(translate("en", "login.throttled", { minutes: 15 })).toBe("Too many sign-in attempts. Wait 15 minutes and try again.");
    expect(translate("en", "member.invited", { email: "a@b.org" })).toBe("Invitation sent to a@b.org.");
  });

  it("keeps apostrophes of French text", () => {
    expect(translate("fr", "assessments.followUpOf", { year: 2018 })).toBe("Suivi de l'évaluation de 2018");
  });

  it.each([
    [1, "Submit the 1 complete answer", "1 complete answer is not yet submitted."],
    [2, "Submit the 2 complete answers", "2 complete answers are not yet submitted."],
    [5, "Submit the 5 complete answers", "5 complete answers are not yet submitted."],
    [21, "Submit the 21 complete answers", "21 complete answers are not yet submitted."],
  ])("English, %i: %s / %s", (count, submitAll, readyCount) => {
    expect(translate("en", "submission.submitAll", { count })).toBe(submitAll);
    expect(translate("en", "submission.readyCount", { count })).toBe(readyCount);
  });

  it.each([
    [1, "Отправить 1 полный ответ", "1 полный ответ ещё не отправлен."],
    [2, "Отправить 2 полных ответа", "2 полных ответа ещё не отправлены."],
    [5, "Отправить 5 полных ответов", "5 полных ответов ещё не отправлено."],
    [21, "Отправить 21 полный ответ", "21 полный ответ ещё не отправлен."],
  ])("Russian, %i: %s / %s", (count, submitAll, readyCount) => {
    expect(translate("ru", "submission.submitAll", { count })).toBe(submitAll);
    expect(translate("ru", "submission.readyCount", { count })).toBe(readyCount);
  });

  it("Russian chooses one, few and many forms by the number's ending", () => {
    const t = translatorFor("ru");
    expect([1, 3, 11, 22, 25, 101].map((minutes) => t("login.throttled", { minutes }))).toEqual([
      "Слишком много попыток входа. Подождите 1 минуту и повторите попытку.",
      "Слишком много попыток входа. Подождите 3 минуты и повторите попытку.",
      "Слишком много попыток входа. Подождите 11 минут и повторите попытку.",
      "Слишком много попыток входа. Подождите 22 минуты и повторите попытку.",
      "Слишком много попыток входа. Подождите 25 минут и повторите попытку.",
      "Слишком много попыток входа. Подождите 101 минуту и повторите попытку.",
    ]);
    expect(t("phase.gateNoFocalPoint", { ministry: "МИД", count: 14 })).toBe("МИД — ведущее министерство по 14 показателям, но контактное лицо не назначено.");
    expect(t("sources.count", { count: 3 })).toBe("Найдено 3 источника");
  });

  it("says none where a count of zero reads better than a number", () => {
    expect(translate("en", "submission.readyCount", { count: 0 })).toBe("No complete answers are waiting to be submitted.");
    expect(translate("en", "sources.citedBy", { count: 0 })).toBe("not cited by any answer");
  });

  it("French uses the singular for 0 and 1 and 'de' for a million", () => {
    expect(translate("fr", "assignment.done", { count: 1 })).toBe("1 indicateur attribué.");
    expect(translate("fr", "assignment.done", { count: 2 })).toBe("2 indicateurs attribués.");
    expect(translate("fr", "assignment.done", { count: 1_000_000 })).toMatch(/^1\s000\s000 d'indicateurs attribués\.$/);
  });

  it("falls back to English for an unknown stored locale", () => {
    expect(translatorFor("de")("assignment.done", { count: 3 })).toBe("3 indicators assigned.");
    expect(translatorFor(null)("phase.gateUnassigned", { count: 1 })).toBe("1 in-scope indicator has no lead ministry.");
  });

  it("shows the message as written rather than failing when a caller forgets an argument", () => {
    expect(translate("en", "member.invited")).toBe("Invitation sent to {email}.");
  });
});

describe("negotiateLocale", () => {
  it.each([
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["de-DE,fr;q=0.7,en;q=0.5", "fr"],
    ["es-419", "es"],
    ["de", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
