/**
 * Demo parks of Xiangtan. Intros are written by the project; the park names are real
 * places, the wording is ours.
 */
import type { ParkDoc } from '../../../cloudfunctions/api/src/domain/docs'

export const PARKS: ParkDoc[] = [
  {
    _id: 'park-gaoxin',
    name: '湘潭高新区',
    district: '岳塘区',
    intro: '国家级高新技术产业开发区，以能源装备、智能制造和软件信息产业为主。园区企业服务中心提供一站式政务办理和帮代办服务。'
  },
  {
    _id: 'park-jingkai',
    name: '湘潭经开区',
    district: '雨湖区',
    intro: '国家级经济技术开发区，汽车及零部件、电子信息和现代物流企业集中。园区定期举办企业早餐会，听取企业意见。'
  },
  {
    _id: 'park-yuhu',
    name: '雨湖高新区',
    district: '雨湖区',
    intro: '省级高新区，鹤岭园东部产业区聚集了一批新材料和再生资源项目。园区为重点项目配备专人全程跟进审批。'
  },
  {
    _id: 'park-tianyi',
    name: '湘潭天易经开区',
    district: '湘潭县',
    intro: '位于湘潭县，食品加工和装备制造是两大主导产业，湘莲等本地特色食品企业较多。园区设有个体工商户转企咨询点。'
  }
]
