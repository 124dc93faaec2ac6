import { phoneToE164 } from '@/validation'

type Props = { number: string }

/** A phone or fax number as printed, linked with tel: in E.164 form when it can be parsed. */
export const PhoneLink = ({ number }: Props) => {
  const e164 = phoneToE164(number)
  return e164 ? <a href={`tel:${e164}`}>{number}</a> : <>{number}</>
}
