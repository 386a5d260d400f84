// One published version of a profile as a complete HTML document, laid out like the seed profile: cover with the
// required citation, contents with an anchor per section, the front matter, key findings, the updates since the
// previous assessment, the six domains with their approved answers, the module annexes, key sources and the
// legislation annex. It needs no script (the /profiles pages' CSP allows none); the stylesheet
// public/profiles.css lays it out for the screen and for print. The chrome is English: the page is cached once
// for every reader, like the profile text itself.
import { renderMarkdown } from "@/lib/domain/profile/markdown";
import type { LegislationGroupKey, PublishedAnswer, PublishedSnapshot, SnapshotSource } from "@/lib/domain/publication/snapshot";
import type { PublicVersion } from "@/lib/domain/publication/queries";
import { translate, type MessageKey, type TranslateVars } from "@/lib/i18n";
import { html, trusted, type Html } from "./html";
import { citationHtml, profileTitle, publicDocument, publicHeader } from "./layout";
import { profileHref, versionHref } from "./paths";

const t = (key: MessageKey, vars?: TranslateVars) => translate("en", key, vars);
const longDate = (iso: string | Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
const markdown = (body: string) => html`<div class="prose">${trusted(renderMarkdown(body))}</div>`;

export type ProfileDocumentInput = { snapshot: PublishedSnapshot; version: number; current: boolean; versions: PublicVersion[] };

type Section = { id: string; title: string; body: Html; major?: boolean };

const LEGISLATION_TITLES: Record<LegislationGroupKey, MessageKey> = {
  laws: "public.legislation.laws",
  treaties: "public.legislation.treaties",
  acts: "public.legislation.acts",
};

function answerList(answers: PublishedAnswer[], sources: Map<string, SnapshotSource>) {
  if (!answers.length) return html`<p>${t("public.noAnswers")}</p>`;
  let subdomain: string | null = null;
  const parts: Html[] = [];
  for (const answer of answers) {
    if (answer.subdomain && answer.subdomain.code !== subdomain) {
      subdomain = answer.subdomain.code;
      parts.push(html`<h4>${answer.subdomain.code} ${answer.subdomain.title}</h4>`);
    }
    const cited = answer.sourceIds.map((id) => sources.get(id)).filter((source): source is SnapshotSource => !!source);
    parts.push(
      html`<div class="indicator" id="indicator-${answer.code}">
        <p class="indicator-question"><span class="code">${answer.code}</span> ${answer.question}</p>
        <dl>
          <dt>${t("public.answer.value")}</dt>
          <dd>${answer.valueLabel ?? t("public.answer.noValue")}</dd>
          ${
            answer.explanation
              ? html`<dt>${t("public.answer.explanation")}</dt>
                  <dd class="explanation">${answer.explanation}</dd>`
              : ""
          }
          ${
            cited.length
              ? html`<dt>${t("public.answer.sources")}</dt>
                  <dd>
                    <ul class="cited">
                      ${cited.map((source) => html`<li><a href="#source-${source.id}">${source.title}</a></li>`)}
                    </ul>
                  </dd>`
              : ""
          }
        </dl>
      </div>`,
    );
  }
  return html`${parts}`;
}

/** A source's address becomes a link only when it is a web address (never javascript:, data:, …). */
const WEB_URL = /^https?:\/\//i;

function sourceEntry(source: SnapshotSource) {
  const facts = [source.number ? `No. ${source.number}` : null, source.adoptedOn ? longDate(source.adoptedOn) : source.year].filter(Boolean).join(", ");
  return html`<li id="source-${source.id}">
    ${source.url && WEB_URL.test(source.url) ? html`<a href="${source.url}" rel="nofollow noopener noreferrer">${source.title}</a>` : source.title}${facts ? ` (${facts})` : ""}
  </li>`;
}

function sectionsOf(snapshot: PublishedSnapshot): Section[] {
  const { frontMatter } = snapshot;
  const sources = new Map(snapshot.sources.map((source) => [source.id, source]));
  const sections: Section[] = [];
  if (frontMatter) {
    sections.push({ id: "objectives", title: t("public.section.objectives"), body: markdown(frontMatter.objectives), major: true });
    sections.push({
      id: "introduction",
      title: t("public.section.introduction"),
      body: html`${markdown(frontMatter.introduction)}${frontMatter.countryIntroduction ? markdown(frontMatter.countryIntroduction) : ""}`,
      major: true,
    });
    sections.push({ id: "conceptual-framework", title: t("public.section.conceptualFramework"), body: markdown(frontMatter.conceptualFramework), major: true });
  }
  sections.push({ id: "key-findings", title: t("public.section.keyFindings"), body: markdown(snapshot.keyFindings), major: true });
  if (snapshot.updatesSince) {
    sections.push({
      id: "updates-since",
      title: t("public.section.updatesSince", { year: snapshot.updatesSince.previousYear }),
      body: markdown(snapshot.updatesSince.body),
      major: true,
    });
  }
  for (const domain of snapshot.domains) {
    const answers = snapshot.answers.filter((answer) => answer.domain === domain.code);
    sections.push({
      id: `domain-${domain.code}`,
      title: `${domain.code}. ${domain.title}`,
      major: true,
      body: html`<h3 id="domain-${domain.code}-well-developed">${domain.code}.1. ${t("public.section.wellDeveloped")}</h3>
        ${markdown(domain.wellDeveloped)}
        <h3 id="domain-${domain.code}-further-development">${domain.code}.2. ${t("public.section.furtherDevelopment")}</h3>
        ${markdown(domain.furtherDevelopment)}
        <h3 id="domain-${domain.code}-answers">${t("public.section.answers")}</h3>
        ${answerList(answers, sources)}`,
    });
  }
  if (frontMatter?.afterAssessment) {
    sections.push({ id: "after-assessment", title: t("public.section.afterAssessment"), body: markdown(frontMatter.afterAssessment), major: true });
  }
  for (const annex of snapshot.moduleAnnexes) {
    sections.push({
      id: `annex-${annex.code.toLowerCase()}`,
      title: t("public.section.moduleAnnex", { title: annex.title }),
      body: answerList(annex.answers, sources),
      major: true,
    });
  }
  sections.push({
    id: "key-sources",
    title: t("public.section.keySources"),
    major: true,
    body: snapshot.keySources.length
      ? html`${snapshot.keySources.map(
          (group) =>
            html`<h3>${group.issuer}</h3>
              <ul class="sources">
                ${group.sources.map(sourceEntry)}
              </ul>`,
        )}`
      : html`<p>${t("public.noSources")}</p>`,
  });
  sections.push({
    id: "legislation",
    title: t("public.section.legislation"),
    major: true,
    body: snapshot.legislation.some((group) => group.items.length)
      ? html`${snapshot.legislation
          .filter((group) => group.items.length)
          .map(
            (group) =>
              html`<table class="legislation">
                <caption>
                  ${t(LEGISLATION_TITLES[group.group])}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("public.legislation.title")}</th>
                    <th scope="col">${t("public.legislation.number")}</th>
                    <th scope="col">${t("public.legislation.adopted")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${group.items.map(
                    (item) =>
                      html`<tr>
                        <td>${item.title}${item.issuer ? html`<span class="issuer">${item.issuer}</span>` : ""}</td>
                        <td>${item.number ?? "—"}</td>
                        <td>${item.adoptedOn ? longDate(item.adoptedOn) : (item.year ?? "—")}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`,
          )}`
      : html`<p>${t("public.noLegislation")}</p>`,
  });
  return sections;
}

function versionList(snapshot: PublishedSnapshot, input: ProfileDocumentInput) {
  const latest = Math.max(...input.versions.map((v) => v.version));
  return html`<ol class="versions" reversed>
    ${input.versions.map((v) => {
      const href = v.version === latest ? profileHref(snapshot.slug) : versionHref(snapshot.slug, v.version);
      const label = t("public.versionLabel", { version: v.version, date: longDate(v.publishedAt) });
      return html`<li>
        ${v.version === input.version ? html`<strong aria-current="page">${label}</strong>` : html`<a href="${href}">${label}</a>`}${
          v.version === latest ? html` <span class="badge">${t("public.current")}</span>` : ""
        }${v.changeNote ? html`<p class="change-note">${v.changeNote}</p>` : ""}
      </li>`;
    })}
  </ol>`;
}

/** The whole HTML document of one published version. */
export function profileDocument(input: ProfileDocumentInput): string {
  const { snapshot } = input;
  const name = snapshot.assessment.officialName ?? snapshot.assessment.countryName;
  const title = profileTitle(snapshot.citation, { year: snapshot.assessment.year, name });
  const latest = Math.max(...input.versions.map((v) => v.version));
  const sections = sectionsOf(snapshot);
  const query = `?version=${input.version}`;
  const api = `/api/v1/profiles/${encodeURIComponent(snapshot.slug)}`;
  const kicker = snapshot.assessment.city ? `${snapshot.assessment.city}, ${name}` : name;

  const body = html`${publicHeader(t)}
    <main id="main">
      ${
        input.current
          ? ""
          : html`<p class="notice" role="note">
              ${t("public.olderVersion", { version: input.version, current: latest })} <a href="${profileHref(snapshot.slug)}">${t("public.readCurrent")}</a>
            </p>`
      }
      <section class="cover" aria-labelledby="cover-title">
        <p class="kicker">${kicker.toUpperCase()} | ${snapshot.assessment.year}</p>
        <h1 id="cover-title">${title}</h1>
        <p class="edition">
          ${t("public.edition", { version: input.version, date: longDate(snapshot.publishedAt) })}${input.current ? html` <span class="badge">${t("public.current")}</span>` : ""}
        </p>
        <p class="citation"><strong>${t("public.requiredCitation")}</strong> ${citationHtml(snapshot.citation)}</p>
        <p class="framework">${t("public.framework", { name: snapshot.framework.name, version: snapshot.framework.version })}</p>
        <nav class="downloads" aria-label="${t("public.downloads")}">
          <ul>
            <li><a href="${api}${query}" type="application/json">${t("public.download.json")}</a></li>
            <li><a href="${api}/answers.csv${query}" type="text/csv">${t("public.download.csv")}</a></li>
            <li><a href="${api}/answers.xlsx${query}">${t("public.download.xlsx")}</a></li>
          </ul>
        </nav>
      </section>
      <nav class="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">${t("public.contents")}</h2>
        <ol>
          ${sections.map((section) => html`<li><a href="#${section.id}">${section.title}</a></li>`)}
          <li><a href="#versions">${t("public.section.versions")}</a></li>
        </ol>
      </nav>
      ${sections.map(
        (section) =>
          html`<section id="${section.id}" class="${section.major ? "major" : ""}" aria-labelledby="${section.id}-title">
            <h2 id="${section.id}-title">${section.title}</h2>
            ${section.body}
          </section>`,
      )}
      <section id="versions" class="versions-section" aria-labelledby="versions-title">
        <h2 id="versions-title">${t("public.section.versions")}</h2>
        ${versionList(snapshot, input)}
      </section>
    </main>`;
  return publicDocument({
    lang: "en",
    skipLabel: t("app.skipToContent"),
    title: input.current ? title : `${title} (${t("public.versionShort", { version: input.version })})`,
    body,
  });
}
