/** Cloud storage on a local folder: upload URLs, temporary download URLs and deletes. */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'

export class FileStorage {
  constructor(
    readonly root: string,
    private readonly baseUrl: () => string,
    private readonly env: string,
  ) {
    mkdirSync(root, { recursive: true })
  }

  private fileIdPrefix(): string {
    return `cloud://${this.env}.local/`
  }

  /** Absolute path of a cloud path, refusing anything that would leave the storage folder. */
  pathOf(cloudPath: string): string {
    const full = resolve(this.root, cloudPath.replace(/^\/+/, ''))
    if (!full.startsWith(this.root + sep)) throw new Error('path escapes the storage folder')
    return full
  }

  cloudPathOf(fileId: string): string {
    return fileId.startsWith(this.fileIdPrefix()) ? fileId.slice(this.fileIdPrefix().length) : fileId.replace(/^cloud:\/\/[^/]+\//, '')
  }

  uploadMetadata(cloudPath: string) {
    return {
      url: `${this.baseUrl()}/storage/upload/${encodeURIComponent(cloudPath)}`,
      token: 'local',
      authorization: 'local',
      fileId: `${this.fileIdPrefix()}${cloudPath}`,
      // sent back as an HTTP header by the SDK: must stay ASCII
      cosFileId: encodeURIComponent(cloudPath),
    }
  }

  save(cloudPath: string, content: Buffer): void {
    const full = this.pathOf(cloudPath)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
  }

  downloadUrls(list: Array<{ fileid: string; max_age?: number }>) {
    return list.map(({ fileid, max_age }) => {
      const cloudPath = this.cloudPathOf(fileid)
      const exists = existsSync(this.pathOf(cloudPath))
      return exists
        ? { fileID: fileid, tempFileURL: `${this.baseUrl()}/storage/files/${cloudPath}`, code: 'SUCCESS', maxAge: max_age ?? 86400 }
        : { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
    })
  }

  remove(fileIds: string[]) {
    return fileIds.map((fileID) => {
      const full = this.pathOf(this.cloudPathOf(fileID))
      if (!existsSync(full)) return { fileID, code: 'STORAGE_FILE_NONEXIST' }
      rmSync(full)
      return { fileID, code: 'SUCCESS' }
    })
  }
}
