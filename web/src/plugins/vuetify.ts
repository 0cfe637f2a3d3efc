/** Vuetify with SVG icons (no icon font download) and a theme that follows the system. */
import { createVuetify, type VuetifyOptions } from 'vuetify'
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg'
import 'vuetify/styles'

export const vuetifyOptions: VuetifyOptions = {
  icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
  theme: { defaultTheme: 'system' },
}

export const vuetify = createVuetify(vuetifyOptions)
