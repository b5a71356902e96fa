// Why ID and phone numbers are needed in clear: asked before every unmask, kept by the service with the read in the
// sensitive-read audit (the service refuses a read without a reason of 2 to 200 characters).
import { ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message-box/style/css';

/** The reason the user gave, trimmed; null when they cancelled. */
export async function askUnmaskReason(placeholder: string): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt('完整号码属于个人敏感信息。请填写查看理由，将与您的账号一起记入敏感信息审计日志。', '查看完整号码', {
      confirmButtonText: '确认查看',
      cancelButtonText: '取消',
      inputPlaceholder: placeholder,
      inputValidator: (v: string) => ((v ?? '').trim().length >= 2 ? true : '请填写查看理由（至少2个字）'),
    });
    return value.trim();
  } catch {
    return null;
  }
}
