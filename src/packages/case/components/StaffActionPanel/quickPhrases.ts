/** Ready-made openings for a reply; the steward taps one and edits it. Our own wording. */
export const QUICK_PHRASES: string[] = [
  '您好，已收到您的问题，正在协调相关部门办理。',
  '您反映的事项已转交职能部门，我们会跟进并及时告知进展。',
  '相关政策文件和申报材料清单已附上，请查阅，有疑问可随时联系我。',
  '为便于准确答复，我们将电话联系您，请保持手机畅通。',
  '该事项可申请帮代办，我们可上门协助准备材料。',
  '您的问题已办理完毕，请核实结果，如仍有困难请随时告诉我。'
]
