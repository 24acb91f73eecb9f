/** 自宅 and 携帯 numbers as one line for a table cell: 「0123-45-6789／090-1234-5678」; '' when none. */
export function phonesText(person: { phone: string; mobilePhone: string }): string {
  return [person.phone, person.mobilePhone].filter((n) => n !== '').join('／');
}
