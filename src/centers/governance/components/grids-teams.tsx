import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { COMMUNITIES } from '@/shared/domain/communities'
import { REPORT_CATEGORIES, TEAM_KINDS } from '@/shared/domain/governance/reports'
import { buildingsOf, gridDraftOf, teamDraftOf } from '../pages/setup/draft'
import type { useSetup } from '../pages/setup/use-setup'
import { PersonPicker } from './person-picker'

type S = ReturnType<typeof useSetup>

const chip = (on: boolean) => (on ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item')

function FormProblems({ s }: { s: S }) {
  if (!s.problem && !s.formFields.length) return null
  return (
    <View aria-live='assertive'>
      {s.problem ? <Text className='error-text' style={{ display: 'block' }}>{s.problem}</Text> : null}
      {s.formFields.map((f) => (
        <Text key={f} className='error-text' style={{ display: 'block' }}>{f}</Text>
      ))}
    </View>
  )
}

/** 新建/编辑网格: its community (fixed once made), name, buildings and grid worker; an existing one can be removed. */
function GridEditor({ s }: { s: S }) {
  const d = s.gridDraft
  if (!d) return null
  const change = (patch: Partial<typeof d>) => s.editGrid({ ...d, ...patch })
  const count = buildingsOf(d.buildingsText).length
  return (
    <View className='card'>
      <Text className='card__title'>{d.id ? `编辑${d.name}` : '新建网格'}</Text>
      {d.id ? (
        <Text className='secondary-text' style={{ display: 'block' }}>所在社区：{d.community}</Text>
      ) : (
        <>
          <Text className='secondary-text'>所在社区：</Text>
          <View className='chips'>
            {COMMUNITIES.map((c) => (
              <ActionButton key={c} className={chip(d.community === c)} pressed={d.community === c} onClick={() => change({ community: c })}>
                {c.replace('黄河西路', '')}
              </ActionButton>
            ))}
          </View>
        </>
      )}
      <TextField label='网格名称' value={d.name} onChange={(name) => change({ name })} maxLength={20} placeholder='如 第一社区第三网格' />
      <TextField label={`楼栋（${count} 栋）`} multiline value={d.buildingsText} onChange={(buildingsText) => change({ buildingsText })} maxLength={600} placeholder='用顿号或空格分隔，如 1号楼、2号楼、3号楼' />
      <Text className='secondary-text' style={{ display: 'block' }}>网格员：{d.worker ? d.worker.name : '尚未选择'}</Text>
      <PersonPicker label={d.worker ? '更换网格员' : '选择网格员'} busy={s.busy} onPick={(p) => change({ worker: { id: p.id, name: p.name } })} />
      <FormProblems s={s} />
      <ActionButton
        className='primary-button'
        disabled={s.busy || !d.name.trim() || !count || !d.worker || !d.community}
        disabledReason={!d.community ? '请选择社区' : !d.name.trim() ? '请填写网格名称' : !count ? '请列出网格内的楼栋' : !d.worker ? '请选择网格员' : '正在保存'}
        onClick={s.saveGrid}
      >
        {d.id ? '保存网格' : '新建网格'}
      </ActionButton>
      {d.id ? (
        <ActionButton className='plain-button' disabled={s.busy} label={`删除${d.name}`} onClick={() => s.removeGrid(d.id as string, d.name)}>
          删除网格
        </ActionButton>
      ) : null}
      <ActionButton className='plain-button' onClick={() => s.editGrid(null)}>
        取消
      </ActionButton>
    </View>
  )
}

/** 网格: each grid's buildings and grid worker; the street creates, edits, removes them and hands a grid to another worker. */
export function GridList({ s }: { s: S }) {
  const grids = s.loaded.data?.grids ?? []
  return (
    <>
      <Text className='section-title'>网格（{grids.length} 个）</Text>
      {s.gridDraft && !s.gridDraft.id ? <GridEditor s={s} /> : (
        <ActionButton className='plain-button' onClick={s.newGrid}>
          新建网格
        </ActionButton>
      )}
      {grids.map((g) =>
        s.gridDraft?.id === g.id ? (
          <GridEditor key={g.id} s={s} />
        ) : (
          <View key={g.id} className='card'>
            <Text className='list-row__title'>
              {g.community.replace('黄河西路', '')} · {g.name}
            </Text>
            <Text className='secondary-text' style={{ display: 'block' }}>网格员：{g.workerName}</Text>
            <Text className='secondary-text' style={{ display: 'block' }}>楼栋：{g.buildings.join('、')}</Text>
            {s.open === g.id ? (
              <PersonPicker label={`${g.name}的新网格员`} busy={s.busy} onPick={(p) => s.setWorker(g.id, p.id)} />
            ) : (
              <View className='chips'>
                <ActionButton className='plain-button chips__item' label={`更换${g.name}的网格员`} onClick={() => s.setOpen(g.id)}>
                  更换网格员
                </ActionButton>
                <ActionButton className='plain-button chips__item' label={`编辑${g.name}`} onClick={() => s.editGrid(gridDraftOf(g))}>
                  编辑
                </ActionButton>
              </View>
            )}
          </View>
        ),
      )}
    </>
  )
}

/** 新建/编辑队伍: name, kind and the categories routed to it; an existing one can be removed. */
function TeamEditor({ s }: { s: S }) {
  const d = s.teamDraft
  if (!d) return null
  const change = (patch: Partial<typeof d>) => s.editTeam({ ...d, ...patch })
  return (
    <View className='card'>
      <Text className='card__title'>{d.id ? `编辑${d.name}` : '新建处置队伍'}</Text>
      <TextField label='队伍名称' value={d.name} onChange={(name) => change({ name })} maxLength={20} placeholder='如 综合执法队' />
      <Text className='secondary-text'>队伍类型：</Text>
      <View className='chips'>
        {TEAM_KINDS.map((k) => (
          <ActionButton key={k} className={chip(d.kind === k)} pressed={d.kind === k} onClick={() => change({ kind: k })}>
            {k}
          </ActionButton>
        ))}
      </View>
      <Text className='secondary-text'>负责的问题类别（可多选；不选则由指挥中心派单）：</Text>
      <View className='chips'>
        {REPORT_CATEGORIES.map((c) => {
          const on = d.categories.includes(c)
          return (
            <ActionButton key={c} className={chip(on)} pressed={on} onClick={() => change({ categories: on ? d.categories.filter((x) => x !== c) : [...d.categories, c] })}>
              {c}
            </ActionButton>
          )
        })}
      </View>
      <FormProblems s={s} />
      <ActionButton className='primary-button' disabled={s.busy || !d.name.trim() || !d.kind} disabledReason={!d.name.trim() ? '请填写队伍名称' : !d.kind ? '请选择队伍类型' : '正在保存'} onClick={s.saveTeam}>
        {d.id ? '保存队伍' : '新建队伍'}
      </ActionButton>
      {d.id ? (
        <ActionButton className='plain-button' disabled={s.busy} label={`删除${d.name}`} onClick={() => s.removeTeam(d.id as string, d.name)}>
          删除队伍
        </ActionButton>
      ) : null}
      <ActionButton className='plain-button' onClick={() => s.editTeam(null)}>
        取消
      </ActionButton>
    </View>
  )
}

/** 处置队伍: the categories each team takes and its members; the street creates, edits, removes teams and their members. */
export function TeamList({ s }: { s: S }) {
  const teams = s.loaded.data?.teams ?? []
  return (
    <>
      <Text className='section-title'>处置队伍（{teams.length} 支）</Text>
      {s.teamDraft && !s.teamDraft.id ? <TeamEditor s={s} /> : (
        <ActionButton className='plain-button' onClick={s.newTeam}>
          新建队伍
        </ActionButton>
      )}
      {teams.map((t) =>
        s.teamDraft?.id === t.id ? (
          <TeamEditor key={t.id} s={s} />
        ) : (
          <View key={t.id} className='card'>
            <Text className='list-row__title'>
              {t.name}（{t.kind}）
            </Text>
            <Text className='secondary-text' style={{ display: 'block' }}>负责类别：{t.categories.join('、') || '由指挥中心派单'}</Text>
            {t.members.length ? null : <Text className='secondary-text' style={{ display: 'block' }}>还没有成员：添加后才能接收派单</Text>}
            {t.members.map((m) => (
              <ActionButton key={m.id} className='plain-button' disabled={s.busy} label={`从${t.name}移除 ${m.name}`} onClick={() => s.removeMember(t.id, m.id, m.name)}>
                {`${m.name} · 移除`}
              </ActionButton>
            ))}
            {s.open === t.id ? (
              <PersonPicker label={`为${t.name}添加成员`} busy={s.busy} onPick={(p) => s.addMember(t.id, p.id)} />
            ) : (
              <View className='chips'>
                <ActionButton className='plain-button chips__item' label={`为${t.name}添加成员`} onClick={() => s.setOpen(t.id)}>
                  添加成员
                </ActionButton>
                <ActionButton className='plain-button chips__item' label={`编辑${t.name}`} onClick={() => s.editTeam(teamDraftOf(t))}>
                  编辑
                </ActionButton>
              </View>
            )}
          </View>
        ),
      )}
    </>
  )
}
