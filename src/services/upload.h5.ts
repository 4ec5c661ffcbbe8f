/** Browser (local cloud): photos chosen with a file input, stored through the local gateway; returns their fileIDs. */
import { currentOpenid } from './identity'

function chooseFiles(max: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = max > 1
    input.onchange = () => resolve(Array.from(input.files ?? []).slice(0, max))
    input.click()
  })
}

export async function pickAndUploadPhotos(max: number, folder: string): Promise<string[]> {
  const files = await chooseFiles(max)
  const ids: string[] = []
  for (const [i, file] of files.entries()) {
    const ext = file.name.split('.').pop() ?? 'jpg'
    const response = await fetch(`/api/_upload?path=${encodeURIComponent(`${folder}/${Date.now()}-${i}.${ext}`)}`, {
      method: 'POST',
      headers: { 'content-type': file.type || 'application/octet-stream', 'x-openid': currentOpenid() ?? '' },
      body: file,
    })
    if (!response.ok) throw new Error('upload failed')
    ids.push(((await response.json()) as { fileID: string }).fileID)
  }
  return ids
}
