import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { createVuetify } from 'vuetify'
import { vuetifyOptions } from '../../plugins/vuetify.js'
import { button, stubBrowser, waitForDialog } from '../../views/admin/testing.js'
import { waitFor } from '../../testing/wait.js'
import ConfirmDialog from './ConfirmDialog.vue'

beforeEach(stubBrowser)
enableAutoUnmount(afterEach)

/** A page with a button that opens the dialog, as the user page uses it. */
function mountHost(action: () => void) {
  const open = ref(false)
  const Host = defineComponent({
    render: () => [
      h('button', { type: 'button', onClick: () => (open.value = true) }, 'Deactivate'),
      h(
        ConfirmDialog,
        {
          modelValue: open.value,
          'onUpdate:modelValue': (value: boolean) => (open.value = value),
          title: 'Deactivate bob?',
          action: 'Deactivate',
          onConfirm: () => {
            action()
            open.value = false
          },
        },
        () => h('p', 'bob will be logged out everywhere.'),
      ),
    ],
  })
  const wrapper = mount(Host, {
    global: { plugins: [createVuetify(vuetifyOptions)] },
    attachTo: document.body,
  })
  return { wrapper, open }
}

async function openIt(wrapper: ReturnType<typeof mountHost>['wrapper']): Promise<Element> {
  const opener = wrapper.get('button')
  ;(opener.element as HTMLElement).focus()
  await opener.trigger('click')
  return waitForDialog('Deactivate bob?')
}

describe('ConfirmDialog', () => {
  it('is a labelled dialog saying what will happen, with Cancel and the action', async () => {
    const { wrapper } = mountHost(() => {})
    const dialog = await openIt(wrapper)
    const titleId = dialog.querySelector('h2')?.id
    expect(titleId).toBeTruthy()
    expect(dialog.getAttribute('aria-labelledby')).toBe(titleId)
    expect(dialog.textContent).toContain('bob will be logged out everywhere.')
    const names = [...dialog.querySelectorAll('button')].map((b) => b.textContent?.trim())
    expect(names).toEqual(['Cancel', 'Deactivate'])
  })

  it('does nothing on Cancel, and gives the focus back', async () => {
    const action = vi.fn()
    const { wrapper, open } = mountHost(action)
    const dialog = await openIt(wrapper)
    await button(dialog, 'Cancel').trigger('click')
    await flushPromises()
    expect(open.value).toBe(false)
    expect(action).not.toHaveBeenCalled()
    await waitFor(() => expect(document.activeElement).toBe(wrapper.get('button').element))
  })

  it('runs the action on confirm', async () => {
    const action = vi.fn()
    const { wrapper, open } = mountHost(action)
    const dialog = await openIt(wrapper)
    await button(dialog, 'Deactivate').trigger('submit')
    await flushPromises()
    expect(action).toHaveBeenCalledTimes(1)
    expect(open.value).toBe(false)
  })
})
