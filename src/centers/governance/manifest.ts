/** 社区综合治理服务中心 "11446": 随手拍 reports, grid routing and dispatch, disposal, confirmation, the command view. */
import { defineManifest } from '../manifest'

export default defineManifest({
  code: 'governance',
  center: {
    name: '社区综合治理服务中心',
    glyph: '治',
    purpose: '整合公检法司等力量，化解影响辖区安全稳定的问题',
    services: ['随手拍上报', '处置进度与确认评价', '网格派单与处置', '综合指挥平台'],
    visit: {
      address: '包头市昆都仑区黄河西路街道，社区综合治理服务中心；也可向所在网格的网格员反映',
      phone: null,
      hours: '开放时间暂未在线公布：前往前请先向所在社区居委会或街道办事处问清，以免白跑',
      bring: ['问题所在的位置（小区、楼号或路口）', '现场照片（如有）'],
    },
  },
  subpackage: {
    root: 'centers/governance',
    pages: ['pages/index/index', 'pages/new/index', 'pages/report/index', 'pages/tasks/index', 'pages/command/index', 'pages/setup/index'],
  },
  functions: ['governance'],
  collections: {
    governance_reports: [
      // 我的上报 and followed reports, latest change first
      { name: 'watchers_updated', keys: { watchers: 1, updatedAt: -1 } },
      // "same problem?": open reports of a category in the map cells around a place
      { name: 'category_open_cells', keys: { category: 1, open: 1, cells: 1 } },
      // a handler's queue
      { name: 'handlers_created', keys: { handlerIds: 1, createdAt: -1 } },
      { name: 'open_overdue_due', keys: { open: 1, overdue: 1, dueAt: 1 } },
      { name: 'overdue_due', keys: { overdue: 1, dueAt: 1 } },
      { name: 'status_confirm', keys: { status: 1, confirmBy: 1 } },
      { name: 'status_created', keys: { status: 1, createdAt: -1 } },
      { name: 'team_created', keys: { teamKey: 1, createdAt: -1 } },
      { name: 'community_created', keys: { community: 1, createdAt: -1 } },
      { name: 'category_created', keys: { category: 1, createdAt: -1 } },
      { name: 'created', keys: { createdAt: -1 } },
    ],
    governance_grids: [{ name: 'community', keys: { community: 1 } }],
    governance_teams: [],
    governance_settings: [],
    // kept counters of the command view: per day, month, and per week and scope
    governance_stats: [{ name: 'kind_period', keys: { kind: 1, period: 1 } }],
  },
  // reportProgress: the reporter and followers; reportAssigned: handlers (new or moved to them) and command staff (overdue)
  templates: { reportProgress: 'TPL_REPORT_PROGRESS', reportAssigned: 'TPL_REPORT_ASSIGNED' },
  // teamMember follows the teams (setTeams gives and takes it): what opens 我的处置任务 to a team's members
  roles: { gridWorker: '网格员', teamMember: '处置队伍成员' },
  seed: 'emulator/seeds/governance.ts',
  privacy: {
    collects: [
      {
        info: '问题照片和问题位置（地图选点或您的楼栋）',
        purpose: '随手拍上报：派给所在网格的网格员或处置队伍，附近居民可关注同一问题',
        how: '您拍摄或选择照片、在地图上选择位置',
        visibleTo: '公开问题：街道居民（不显示您的姓名）；不公开的问题：仅您本人、处置人员和综治中心指挥人员',
      },
      {
        info: '上报人的姓名和手机号',
        purpose: '处置人员联系上报人核实情况',
        how: '取自您的个人资料',
        visibleTo: '姓名：处置人员和指挥人员；手机号：仅被派单的处置人员',
      },
    ],
    apis: { chooseLocation: '随手拍上报时在地图上选择问题位置', chooseMedia: '随手拍上报和处置反馈时拍摄或选择照片' },
  },
})
