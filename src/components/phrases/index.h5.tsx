// The browser: one text with <wbr> between the words; the label around it keeps words whole (word-break: keep-all),
// so a line breaks only there, and the accessible name stays the name as written.
import { Fragment } from 'react'
import { phrasesOf } from './split'

export function Phrases({ text }: { text: string }) {
  return (
    <>
      {phrasesOf(text).map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same name always splits the same way
        <Fragment key={i}>
          {i ? <wbr /> : null}
          {p}
        </Fragment>
      ))}
    </>
  )
}
