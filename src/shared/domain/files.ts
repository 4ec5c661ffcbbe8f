/**
 * Files people upload (photos of materials, activity covers). A file is accepted by an action only when its
 * path was prepared for that person and that purpose (cloudfunctions/_kernel/files.ts); paths carry a random
 * token, never an openid, because temporary links to them reach staff.
 */
export const FILE_PURPOSES = {
  applicationMaterial: { label: '材料照片', max: 9 },
  activityCover: { label: '封面图片', max: 1 },
  // 老年日间照料: the community's senior register staff import (xlsx or CSV, never an image)
  seniorImport: { label: '老人名册表格', max: 1, exts: ['xlsx', 'csv'] },
  legalPhoto: { label: '咨询照片', max: 6 },
  legalMaterial: { label: '法律援助材料照片', max: 9 },
  reportPhoto: { label: '问题照片', max: 6 },
  disposalPhoto: { label: '处置照片', max: 6 },
  employerLicense: { label: '营业执照照片', max: 1 },
  opinionPhoto: { label: '意见照片', max: 6 },
  progressPhoto: { label: '实施进展照片', max: 6 },
  // 微心愿: staff confirm a wish came true with a photo of it
  wishPhoto: { label: '心愿实现照片', max: 3 },
  // made by a function for one person (never uploaded by anyone): the 志愿服务记录证明
  serviceRecord: { label: '志愿服务记录证明', max: 1, exts: ['pdf'], generated: true },
} as const
export type FilePurpose = keyof typeof FILE_PURPOSES
export const FILE_PURPOSE_NAMES = Object.keys(FILE_PURPOSES) as [FilePurpose, ...FilePurpose[]]

export const IMAGE_EXTS = ['jpg', 'jpeg', 'png', 'webp', 'heic', 'gif'] as const
export const FILE_EXTS = [...IMAGE_EXTS, 'xlsx', 'csv', 'pdf'] as const
export type FileExt = (typeof FILE_EXTS)[number]

/** The extensions a purpose takes: images unless it names its own. */
export function extsOf(purpose: FilePurpose): readonly FileExt[] {
  const p = FILE_PURPOSES[purpose]
  return 'exts' in p ? p.exts : IMAGE_EXTS
}

/** The extension to upload a picked file under: its own when it is an image type we take, else jpg. */
export function uploadExt(fileName: string): FileExt {
  const ext = (fileName.includes('.') ? fileName.split('.').pop() ?? '' : '').toLowerCase()
  return (IMAGE_EXTS as readonly string[]).includes(ext) ? (ext as FileExt) : 'jpg'
}

export function uploadPath(purpose: FilePurpose, token: string, ext: FileExt): string {
  return `uploads/${purpose}/${token}.${ext}`
}

const UPLOAD_PATH = /^uploads\/([A-Za-z]{1,32})\/([0-9a-f]{32})\.([a-z]{3,4})$/

/** The token (the record's id) of a path made by uploadPath; null for any other path. */
export function uploadToken(path: string): string | null {
  return UPLOAD_PATH.exec(path)?.[2] ?? null
}

/** The storage path inside a fileID (`cloud://<env>.<bucket>/<path>`); null when it is not a fileID. */
export function pathOfFileId(fileId: string): string | null {
  return /^cloud:\/\/[^/\s]+\/(\S+)$/.exec(fileId)?.[1] ?? null
}
