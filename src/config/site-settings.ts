import { DEFAULT_SETTINGS } from './settings.ts';

/** The archive's interface settings, as `astro.config.mjs` passed them to the pages. */
export interface SiteSettings {
  title: string;
  description: string;
  language: string;
  /** Indexable by search engines. */
  public: boolean;
  /** Excerpts instead of full texts. */
  excerpts: boolean;
  /** Built to be opened from disk. */
  portable: boolean;
  /** Absolute origin, or null. */
  site: string | null;
}

const DEFAULT_SETTINGS_VIEW: SiteSettings = {
  title: DEFAULT_SETTINGS.title,
  description: DEFAULT_SETTINGS.description,
  language: DEFAULT_SETTINGS.language,
  public: false,
  excerpts: false,
  portable: false,
  site: null,
};

/** Reads the settings the config put in `DOSSIER_SETTINGS`. */
export function siteSettings(): SiteSettings {
  try {
    const parsed = JSON.parse(process.env.DOSSIER_SETTINGS ?? '{}') as Partial<SiteSettings>;
    return {
      title: typeof parsed.title === 'string' ? parsed.title : DEFAULT_SETTINGS.title,
      description: typeof parsed.description === 'string' ? parsed.description : DEFAULT_SETTINGS.description,
      language: typeof parsed.language === 'string' ? parsed.language : DEFAULT_SETTINGS.language,
      public: parsed.public === true,
      excerpts: parsed.excerpts === true,
      portable: parsed.portable === true,
      site: typeof parsed.site === 'string' ? parsed.site : null,
    };
  } catch {
    return { ...DEFAULT_SETTINGS_VIEW };
  }
}
